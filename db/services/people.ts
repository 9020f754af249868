import { and, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Failure, type Result } from "@/lib/errors";
import { keysetCursor, keysetPage } from "@/lib/pagination/cursor";
import { checkPersonChange } from "@/lib/people/guards";
import { hashInvitationToken, INVITATION_HOURS, looksLikeInvitationToken, newInvitationToken } from "@/lib/people/invitation-token";
import { passwordProblem } from "@/lib/people/password-policy";
import { containsPattern } from "@/lib/search/like";
import type { NewPersonInput, PeopleQuery, PersonChangeInput } from "@/lib/validation/people";
import type { Db } from "../client";
import { transact } from "../transaction";
import { recordAudit } from "../queries/audit";
import { freeAuthorSlug } from "../queries/author-slugs";
import { keysetAfter, keysetOrderBy, type KeysetOrder } from "../queries/keyset";
import { announcePublicChange } from "../queries/public-changes";
import { invitations, userSessions, users, type User } from "../schema";

// Serialises every change that could remove an admin, so the count of active admins it checks stays true.
const ADMIN_GUARD_LOCK = 7_301_962_016;

export type Person = Pick<User, "id" | "name" | "email" | "role" | "active" | "version" | "lastSignInAt" | "createdAt"> & {
  stories: number;
  passwordSet: boolean;
};
export type IssuedLink = { id: string; name: string; email: string; token: string; expiresAt: Date };

const forbidden = () => fail("forbidden", "manage_people_admins_only");

async function issueLink(tx: Db, user: Pick<User, "id" | "name" | "email">, purpose: "invite" | "reset", createdBy: string, now: Date): Promise<IssuedLink> {
  const userId = user.id;
  // A new link replaces any the person still holds.
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
  const { token, hash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_HOURS * 3_600_000);
  await tx.insert(invitations).values({ userId, tokenHash: hash, purpose, createdBy, createdAt: now, expiresAt });
  return { id: userId, name: user.name, email: user.email, token, expiresAt };
}

/** Adds a person without a password and issues the one-time link they set it with. */
export async function invitePerson(db: Db, actor: Actor, input: NewPersonInput, now: Date = new Date()): Promise<Result<IssuedLink>> {
  if (!can.managePeople(actor)) return forbidden();
  return transact(db, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash: null,
        slug: await freeAuthorSlug(tx, input.name),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!user) return failField("invalid", "email", "email_taken");
    const link = await issueLink(tx, user, "invite", actor.id, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.invited",
      objectType: "user",
      objectId: user.id,
      after: { name: user.name, email: user.email, role: user.role, linkExpiresAt: link.expiresAt.toISOString() },
      createdAt: now,
    });
    return ok(link);
  });
}

/**
 * Renames, changes the role of, deactivates or reactivates a person. Runs
 * under one advisory lock, so two admins demoting each other at the same
 * moment are taken one after the other and the second is refused.
 */
export async function changePerson(db: Db, actor: Actor, id: string, change: PersonChangeInput, now: Date = new Date()): Promise<Result<Person>> {
  if (!can.managePeople(actor)) return forbidden();
  return transact(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})`);
    // The acting admin may have been demoted by the transaction this one waited for.
    const [me] = await tx.select().from(users).where(eq(users.id, actor.id));
    if (!me || !can.managePeople(me)) return forbidden();
    const [target] = await tx.select().from(users).where(eq(users.id, id)).for("update");
    if (!target) return fail("not_found", "person_not_found");
    const [admins] = await tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)));
    if (change.version !== undefined && change.version !== target.version) {
      return fail("conflict", "person_changed", { params: { version: target.version } });
    }
    // Only what differs is a change: a form that sends every field must not rewrite (or audit) the others.
    const changed = {
      ...(change.name !== undefined && change.name !== target.name ? { name: change.name } : {}),
      ...(change.role !== undefined && change.role !== target.role ? { role: change.role } : {}),
      ...(change.active !== undefined && change.active !== target.active ? { active: change.active } : {}),
    };
    const guard = checkPersonChange(me, target, changed, admins?.n ?? 0);
    if (!guard.ok) return fail(guard.code, guard.reason, { fields: guard.field ? { [guard.field]: guard.reason } : undefined });

    if (Object.keys(changed).length > 0) {
      await tx
        .update(users)
        .set({ ...changed, version: target.version + 1, updatedAt: now })
        .where(eq(users.id, id));
      if (changed.active === false) {
        await tx
          .update(userSessions)
          .set({ revokedAt: now })
          .where(and(eq(userSessions.userId, id), isNull(userSessions.revokedAt)));
      }
      const action =
        changed.active !== undefined
          ? changed.active
            ? "user.reactivated"
            : "user.deactivated"
          : changed.role !== undefined
            ? "user.role_changed"
            : "user.renamed";
      const before = Object.fromEntries(Object.keys(changed).map((k) => [k, target[k as keyof typeof changed]]));
      await recordAudit(tx, { actorId: actor.id, action, objectType: "user", objectId: id, before, after: changed, createdAt: now });
      if (changed.name !== undefined) await announcePublicChange(tx, { type: "person.renamed", personId: id });
    }
    const person = await personById(tx, id);
    if (!person) throw new Error(`Person ${id} vanished inside its own transaction.`);
    return ok(person);
  });
}

/** Invalidates the password, every session and every outstanding link, and issues a new link. */
export async function resetPassword(db: Db, actor: Actor, id: string, now: Date = new Date()): Promise<Result<IssuedLink>> {
  if (!can.managePeople(actor)) return forbidden();
  return transact(db, async (tx) => {
    const [target] = await tx.select().from(users).where(eq(users.id, id)).for("update");
    if (!target) return fail("not_found", "person_not_found");
    await tx.update(users).set({ passwordHash: null, updatedAt: now }).where(eq(users.id, id));
    await tx
      .update(userSessions)
      .set({ revokedAt: now })
      .where(and(eq(userSessions.userId, id), isNull(userSessions.revokedAt)));
    const link = await issueLink(tx, target, "reset", actor.id, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password_reset",
      objectType: "user",
      objectId: id,
      after: { linkExpiresAt: link.expiresAt.toISOString() },
      createdAt: now,
    });
    return ok(link);
  });
}

export type LinkState =
  { ok: true; name: string; email: string; purpose: "invite" | "reset" } | { ok: false; reason: "unknown" | "used" | "expired" | "inactive" };

async function findLink(db: Db, token: string) {
  if (!looksLikeInvitationToken(token)) return null;
  const [row] = await db
    .select({ invitation: invitations, user: users })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  return row ?? null;
}

function linkState(row: Awaited<ReturnType<typeof findLink>>, now: Date): LinkState {
  if (!row) return { ok: false, reason: "unknown" };
  if (row.invitation.usedAt || row.invitation.revokedAt) return { ok: false, reason: "used" };
  if (row.invitation.expiresAt <= now) return { ok: false, reason: "expired" };
  if (!row.user.active) return { ok: false, reason: "inactive" };
  return { ok: true, name: row.user.name, email: row.user.email, purpose: row.invitation.purpose };
}

/** What a link is good for, before the person types anything. */
const LINK_REFUSALS = { unknown: "not_found", used: "conflict", expired: "conflict", inactive: "forbidden" } as const;

/** Why a one-time link cannot be used, as a refusal (`link_<why>`). */
export function linkRefusal(why: Exclude<LinkState, { ok: true }>["reason"]): Failure {
  return fail(LINK_REFUSALS[why], `link_${why}`);
}

export async function inspectLink(db: Db, token: string, now: Date = new Date()): Promise<LinkState> {
  return linkState(await findLink(db, token), now);
}

/** Sets the password through a link: once, before it expires, for an active person. */
export async function setPasswordWithLink(db: Db, token: string, password: string, now: Date = new Date()): Promise<Result<{ email: string }>> {
  return transact(db, async (tx) => {
    const row = await findLink(tx, token);
    if (row) await tx.select({ id: invitations.id }).from(invitations).where(eq(invitations.id, row.invitation.id)).for("update");
    // Read again under the lock: of two uses at once, the second sees the first.
    const state = linkState(row && (await findLink(tx, token)), now);
    if (!state.ok || !row) return linkRefusal(state.ok ? "unknown" : state.reason);
    const problem = passwordProblem(password, { email: row.user.email, name: row.user.name });
    if (problem) return failField("invalid", "password", problem);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password), updatedAt: now })
      .where(eq(users.id, row.user.id));
    await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, row.invitation.id));
    await recordAudit(tx, {
      actorId: row.user.id,
      action: "user.password_set",
      objectType: "user",
      objectId: row.user.id,
      after: { via: row.invitation.purpose },
      createdAt: now,
    });
    return ok({ email: row.user.email });
  });
}

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  version: users.version,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
  passwordSet: sql<boolean>`${users.passwordHash} is not null`,
  // Written out: inside a subquery Drizzle leaves columns unqualified, and "id" would not mean users.id.
  stories: sql<number>`(select count(*)::int from article_authors a where a.user_id = "users"."id")`,
};

async function personById(db: Db, id: string): Promise<Person | undefined> {
  const [row] = await db.select(personColumns).from(users).where(eq(users.id, id));
  return row;
}

export async function getPerson(db: Db, actor: Actor, id: string): Promise<Result<Person>> {
  if (!can.managePeople(actor)) return forbidden();
  const person = await personById(db, id);
  return person ? ok(person) : fail("not_found", "person_not_found");
}

const rosterCursor = keysetCursor({ kind: "people", key: "text", id: "uuid" });
const rosterOrder: KeysetOrder = { key: users.name, id: users.id, direction: "asc" };

/** The roster by name, searchable by name or email, in keyset pages. */
export async function listPeople(db: Db, actor: Actor, query: PeopleQuery): Promise<Result<{ items: Person[]; nextCursor: string | null }>> {
  if (!can.managePeople(actor)) return forbidden();
  const after = query.cursor ? rosterCursor.decode(query.cursor) : null;
  if (after && !after.ok) return after;
  const pattern = query.q ? containsPattern(query.q) : null;
  const rows = await db
    .select(personColumns)
    .from(users)
    .where(
      and(
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
        after ? keysetAfter(rosterCursor, rosterOrder, after.data) : undefined,
      ),
    )
    .orderBy(...keysetOrderBy(rosterOrder))
    .limit(query.limit + 1);
  return ok(keysetPage(rows, query.limit, rosterCursor, (person) => ({ key: person.name, id: person.id })));
}
