"""Harness fix for the shared contract smoke on jq 1.6 (see contract-smoke.sh).

`jq -e 'select(...)' FILE` over a JSON-lines file is judged by jq 1.6 on the last line only;
slurp the file and ask whether any line gives a truthy result instead. The filter is unchanged.
"""
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"""jq -e ((?:--arg \w+ "[^"]+" )*)'([^']*)' "\$ev\"""")
text = pattern.sub(lambda m: "jq -s -e " + m.group(1) + "'map(" + m.group(2) + ") | any(. != null and . != false)' \"$ev\"", text)
open(path, "w", encoding="utf-8").write(text)
