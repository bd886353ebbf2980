using Rehab.Core.Users;

namespace Rehab.Data.Users;

/// <summary>
/// Told when a user gets a role template, as a new user or by a change, inside the same unit of work; training
/// enrolls the user in the role's group this way.
/// </summary>
public interface IRoleTemplateListener
{
    Task RoleTemplateAssignedAsync(RehabUser user, RoleTemplate template, CancellationToken ct);
}
