import { test as setup } from "@playwright/test";
import { ROLES } from "@/lib/authz/roles";
import { demoAccount, storageStateFor } from "./support/accounts";
import { LoginPage } from "./support/login-page";

for (const role of ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    const account = demoAccount(role);
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAndWaitFor(account.email, account.password, "/dashboard");
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
