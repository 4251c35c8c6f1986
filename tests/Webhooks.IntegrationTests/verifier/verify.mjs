// Reads { secret, payload, headers } as JSON on stdin and verifies it with the npm standardwebhooks
// package, as a partner's receiver would. Prints "verified" and exits 0, or prints the error and exits 1.
import { Webhook } from "standardwebhooks";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { secret, payload, headers } = JSON.parse(input);
try {
  new Webhook(secret).verify(payload, headers);
  console.log("verified");
} catch (error) {
  console.log(`rejected: ${error.message}`);
  process.exit(1);
}
