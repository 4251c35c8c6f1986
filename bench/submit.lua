-- wrk script of bench/run.sh: POST /api/v1/deals as a partner user, each request a registration whose customer is
-- drawn from the probe file (BENCH_PROBES, written by `Driver probes`: the seeded rows' vocabulary, so the conflict
-- check finds near and exact matches to score). BENCH_TOKEN: the partner user's bearer token.
local probes = {}
local token = os.getenv("BENCH_TOKEN")
local threads = 0

-- each thread its own random sequence, so two threads do not send the same names in step
function setup(thread)
  threads = threads + 1
  thread:set("seed", os.time() * 100 + threads)
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

function init(args)
  for line in io.lines(os.getenv("BENCH_PROBES")) do
    local name, country, product = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if name then
      probes[#probes + 1] = string.format('{"customer":{"companyName":%s,"country":%s},"products":[%s],' ..
        '"estimatedValue":25000,"currency":"USD","expectedCloseDate":"2027-06-30"}',
        json_string(name), json_string(country), json_string(product))
    end
  end
  math.randomseed(seed)
end

function request()
  return wrk.format("POST", "/api/v1/deals",
    { ["content-type"] = "application/json", ["authorization"] = "Bearer " .. token }, probes[math.random(#probes)])
end
