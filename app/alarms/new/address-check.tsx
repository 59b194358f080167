"use client";

import { useCallback, useState } from "react";

type Result = { liveAlarm: { number: string } | null; postcode: string; addressLine1: string };

/**
 * Before the officer submits: once the first line and postcode are filled in, asks whether a live
 * alarm already protects the address (`GET /api/alarms/address-check`).
 */
export function useAddressCheck(form: React.RefObject<HTMLFormElement | null>) {
  const [result, setResult] = useState<Result | null>(null);
  const check = useCallback(async () => {
    const data = form.current && new FormData(form.current);
    const postcode = String(data?.get("postcode") ?? "").trim();
    const addressLine1 = String(data?.get("addressLine1") ?? "").trim();
    if (postcode.length < 5 || addressLine1.length < 3) return setResult(null);
    const query = new URLSearchParams({ postcode, addressLine1 });
    const response = await fetch(`/api/alarms/address-check?${query}`).catch(() => null);
    if (!response?.ok) return setResult(null);
    const { liveAlarm } = (await response.json()) as Pick<Result, "liveAlarm">;
    setResult({ liveAlarm, postcode, addressLine1 });
  }, [form]);
  return { result, check };
}

export function AddressCheck({ result }: { result: Result | null }) {
  return (
    <div aria-live="polite" data-testid="address-check">
      {result?.liveAlarm && (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold">
          A live alarm ({result.liveAlarm.number}) already protects {result.addressLine1}, {result.postcode}. Check with
          the approvers before asking for another.
        </p>
      )}
      {result && !result.liveAlarm && (
        <p className="text-gray-700">No live temporary alarm is recorded at this address.</p>
      )}
    </div>
  );
}
