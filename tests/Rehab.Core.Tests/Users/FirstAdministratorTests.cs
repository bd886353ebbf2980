using Rehab.Core.Users;

namespace Rehab.Core.Tests.Users;

/// <summary>A company's first administrator may do all their type allows: admins grant only what they hold.</summary>
public sealed class FirstAdministratorTests
{
    [Theory]
    [InlineData(UserType.Clerical)]
    [InlineData(UserType.Biller)]
    [InlineData(UserType.PT)]
    [InlineData(UserType.PTA)]
    [InlineData(UserType.SPT)]
    public void Holds_every_user_management_and_audit_permission(UserType type)
    {
        var permissions = PermissionRules.FirstAdministrator(type);

        string[] needed = [Permission.CompanyAdmin, Permission.ViewUsers, Permission.EditUsers, Permission.ViewAuditLog];
        foreach (var permission in needed)
            Assert.Contains(permission, permissions);
        Assert.All(permissions, p => Assert.True(PermissionRules.IsPossible(type, p), p));
    }

    [Fact]
    public void A_therapist_holds_every_permission() =>
        Assert.Equal(Permission.All, PermissionRules.FirstAdministrator(UserType.PT));

    [Fact]
    public void Clerical_staff_hold_no_note_permission() =>
        Assert.Equal(Permission.All.Except(Permission.NotePermissions),
            PermissionRules.FirstAdministrator(UserType.Clerical));

    [Fact]
    public void An_assistant_waits_for_an_attestation_to_finalize_notes()
    {
        var permissions = PermissionRules.FirstAdministrator(UserType.PTA);

        Assert.DoesNotContain(Permission.FinalizeNotes, permissions);
        Assert.Contains(Permission.StartNotes, permissions);
    }
}
