"use client";

/** Last resort when the root layout itself fails; it cannot use translations. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ar" dir="rtl">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "6rem 1rem" }}>
        <h1>حدث خطأ · Something went wrong</h1>
        <p>تعذّر عرض الصفحة. · The page could not be shown.</p>
        <button type="button" onClick={reset}>
          حاول مجددًا · Try again
        </button>
      </body>
    </html>
  );
}
