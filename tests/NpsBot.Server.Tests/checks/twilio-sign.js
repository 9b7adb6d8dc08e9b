// Signs a webhook as Twilio does, with Twilio's own library: reads {"authToken","url","params"} as JSON on stdin,
// writes the X-Twilio-Signature value. The server tests post with it to check our validation independently.
const twilio = require("twilio");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { authToken, url, params } = JSON.parse(input);
  process.stdout.write(twilio.getExpectedTwilioSignature(authToken, url, params));
});
