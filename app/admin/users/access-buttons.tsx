import { endUserSessionsAction, setUserActiveAction, unlockUserAction } from "@/app/admin/users/actions";
import { RowActionButton } from "@/components/row-action-button";

type Props = { user: { id: string; username: string; active: boolean; isLockedOut?: boolean }; isSelf: boolean };

/** Deactivate (confirmed first) or reactivate, end every session, unlock after a lockout. */
export function AccessButtons({ user, isSelf }: Props) {
  return (
    <>
      {!isSelf && (
        <RowActionButton
          action={setUserActiveAction}
          fields={{ userId: user.id, active: String(!user.active) }}
          context={user.username}
          label={user.active ? "Deactivate" : "Reactivate"}
          confirm={
            user.active
              ? `Deactivate ${user.username}? They are signed out everywhere at once and can no longer sign in.`
              : undefined
          }
        />
      )}
      <RowActionButton
        action={endUserSessionsAction}
        fields={{ userId: user.id }}
        context={user.username}
        label="End all sessions"
      />
      {user.isLockedOut && (
        <RowActionButton
          action={unlockUserAction}
          fields={{ userId: user.id }}
          context={user.username}
          label="Unlock"
        />
      )}
    </>
  );
}
