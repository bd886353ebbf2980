using Rehab.Core.Licensing;

namespace Rehab.Core.Tests.Licensing;

/// <summary>Available = purchased − active users of the class whose home clinic it is (domain.md §1.2).</summary>
public sealed class LicenseCountTests
{
    private static readonly Guid Clinic = Guid.NewGuid();

    [Theory]
    [InlineData(3, 2, 1, true)]
    [InlineData(2, 2, 0, false)]
    [InlineData(0, 0, 0, false)]
    [InlineData(1, 2, -1, false)]
    public void Available_is_purchased_minus_assigned(int purchased, int assigned, int available, bool free)
    {
        var count = new LicenseCount(Clinic, LicenseClass.Therapist, purchased, assigned, HeldByInactive: 5);

        Assert.Equal(available, count.Available);
        Assert.Equal(free, count.HasFreeLicense);
    }

    [Fact]
    public void Clerical_licenses_are_free_and_unlimited()
    {
        var count = new LicenseCount(Clinic, LicenseClass.Clerical, 0, 40, 0);

        Assert.True(count.HasFreeLicense);
    }

    [Theory]
    [InlineData(3, 2, 1, true)]
    [InlineData(3, 2, 2, false)]
    [InlineData(2, 0, 2, true)]
    public void A_removal_cannot_go_below_what_active_users_hold(int purchased, int assigned, int remove, bool allowed) =>
        Assert.Equal(allowed, new LicenseCount(Clinic, LicenseClass.Assistant, purchased, assigned, 0).CanRemove(remove));

    [Fact]
    public void Approving_a_removal_below_held_licenses_names_the_class()
    {
        var request = new LicenseAdjustmentRequest
        {
            ClinicId = Clinic, Direction = LicenseAdjustmentDirection.Remove, TherapistCount = 1, StudentCount = 2,
        };
        var counts = new[]
        {
            new LicenseCount(Clinic, LicenseClass.Therapist, 3, 1, 0),
            new LicenseCount(Clinic, LicenseClass.Student, 2, 1, 0),
        };

        var errors = LicenseAdjustmentRules.ValidateRemoval(request, counts).ToDictionary();

        Assert.Equal(["Student"], errors.Keys);
        Assert.Contains("1 active user(s) hold one", errors["Student"][0]);
    }

    [Fact]
    public void A_removal_needs_an_explanation_and_a_count()
    {
        var errors = LicenseAdjustmentRules.Validate(LicenseAdjustmentDirection.Remove, 0, 0, 0, LicenseAdjustmentReason.StaffLeft, " ").ToDictionary();

        Assert.Contains("explanation", errors.Keys);
        Assert.Contains("therapistCount", errors.Keys);
        Assert.True(LicenseAdjustmentRules.Validate(LicenseAdjustmentDirection.Add, 1, 0, 0, LicenseAdjustmentReason.NewHire, null).IsValid);
        Assert.False(LicenseAdjustmentRules.Validate(null, 1, 0, 0, null, null).IsValid);
    }
}
