import { randomBytes } from "node:crypto";
import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import password from "@inquirer/password";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createUser } from "@/db/services/create-user";
import { passwordProblem } from "@/lib/people/password-policy";
import { refusalText } from "@/server/i18n/refusal-text";
import { CliError, runCli, withDatabase } from "./cli";

const USAGE =
  "Usage: npm run user:create -- --email you@example.com --role admin [--name 'Your Name']\n" +
  "The password is asked for when run in a terminal, read from standard input otherwise,\n" +
  "and generated (and printed once) when standard input is empty. It must pass the policy\n" +
  "invitation links use: at least 12 characters, not a common password, not the name or email.";

/** The policy's reason, or true: the prompt asks again until the password will do. */
function checkPassword(person: { email: string; name: string }) {
  return (value: string) => {
    const problem = passwordProblem(value, person);
    return problem ? refusalText(problem, "en") : true;
  };
}

async function choosePassword(person: { email: string; name: string }): Promise<{ value: string; generated: boolean }> {
  if (process.stdin.isTTY) {
    const first = await password({ message: "Password (at least 12 characters, not a common one):", mask: "*", validate: checkPassword(person) });
    const second = await password({ message: "Repeat the password:", mask: "*" });
    if (first !== second) throw new CliError("The passwords do not match.");
    return { value: first, generated: false };
  }
  const piped = (await text(process.stdin)).split(/\r?\n/)[0] ?? "";
  if (piped) {
    // Refused before the database is started for it; createUser applies the same policy.
    const verdict = checkPassword(person)(piped);
    if (verdict !== true) throw new CliError(`The user was not created:\n  password: ${verdict}`);
    return { value: piped, generated: false };
  }
  return { value: randomBytes(18).toString("base64url"), generated: true };
}

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help || !values.email || !values.role) throw new CliError(USAGE);
  const email = values.email;
  const name = values.name ?? email.split("@")[0]!;
  const chosen = await choosePassword({ email, name });
  await withDatabase(async (url) => {
    await migrateDatabase(url);
    const { db, close } = connectDatabase(url, { max: 1 });
    try {
      const result = await createUser(db, { email, role: values.role!, name, password: chosen.value }, null);
      if (!result.ok) {
        if (result.code === "email_taken") throw new CliError(`A user with the email ${email} already exists.`);
        // The password is no option: name it as the thing typed or piped in.
        const lines = Object.entries(result.fields).map(
          ([field, refusal]) => `  ${field === "password" ? "password" : `--${field}`}: ${refusalText(refusal, "en")}`,
        );
        throw new CliError(`The user was not created:\n${lines.join("\n")}`);
      }
      console.log(`Created ${result.user.role} ${result.user.email} (${result.user.id}).`);
      if (chosen.generated) console.log(`Generated password (shown once): ${chosen.value}`);
    } finally {
      await close();
    }
  });
});
