using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Data.Users;

namespace Rehab.Web.Users;

/// <summary>On a user's edit page: whether the account is locked after wrong passwords, with a button to unlock it.
/// </summary>
public sealed class AccountLock(RehabDbContext db, ITenantContext tenant, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid userId)
    {
        var user = await db.Users.AsNoTracking().VisibleTo(db, tenant)
            .FirstOrDefaultAsync(u => u.Id == userId, HttpContext.RequestAborted);
        return user is not null && UnlockAccount.IsLocked(user, clock)
            ? View("~/Pages/Users/_AccountLock.cshtml", new AccountLockModel(user.Id, user.LockoutEnd!.Value))
            : Content("");
    }
}

public sealed record AccountLockModel(Guid UserId, DateTimeOffset LockedUntil);
