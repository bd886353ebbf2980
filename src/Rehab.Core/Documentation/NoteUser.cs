using Rehab.Core.Settings;
using Rehab.Core.Users;

namespace Rehab.Core.Documentation;

/// <summary>A user who writes, forwards, signs or co-signs notes, with the permissions they hold.</summary>
public sealed record NoteUser(Guid Id, UserType Type, IReadOnlySet<string> Permissions)
{
    public bool Holds(string permission) => Permissions.Contains(permission);

    /// <summary>The user as <see cref="EffectiveRulesResolver"/> takes them.</summary>
    public ActingUser ToActingUser() => new(Type, Holds(Permission.FinalizeNotes));
}
