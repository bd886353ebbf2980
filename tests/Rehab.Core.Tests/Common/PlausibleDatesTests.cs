using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rehab.Core.Common;

namespace Rehab.Core.Tests.Common;

public sealed class PlausibleDatesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly Gen<DateOnly> AnyDate =
        Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    private static readonly Gen<DateOnly> AnyToday =
        Gen.Choose(new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber)
            .Select(DateOnly.FromDayNumber);

    private static IReadOnlyList<string> Ahead(DateOnly date, DateOnly today)
    {
        var errors = new ValidationErrors();
        PlausibleDates.CheckAhead(errors, "effectiveTo", "The policy's end date", date, today);
        return errors.ToDictionary().TryGetValue("effectiveTo", out var messages) ? messages : [];
    }

    private static IReadOnlyList<string> Past(DateOnly date, DateOnly today)
    {
        var errors = new ValidationErrors();
        PlausibleDates.CheckPast(errors, "receivedDate", "The referral's received date", date, today);
        return errors.ToDictionary().TryGetValue("receivedDate", out var messages) ? messages : [];
    }

    [Theory]
    [InlineData("9999-12-31",
        "The policy's end date, 9999-12-31, is more than 5 years ahead (after 2031-03-10); check the year.")]
    [InlineData("1899-12-31", "The policy's end date, 1899-12-31, is before 1900; check the year.")]
    [InlineData("0001-01-01", "The policy's end date, 0001-01-01, is before 1900; check the year.")]
    public void A_placeholder_year_is_refused_with_the_date_and_the_bound(string date, string message) =>
        Assert.Equal([message], Ahead(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2026-03-10")]
    [InlineData("2031-03-10")]
    public void Dates_from_1900_to_five_years_ahead_may_be_entered_as_coming(string date) =>
        Assert.Empty(Ahead(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void A_date_that_has_happened_is_not_tomorrow() =>
        Assert.Equal(["The referral's received date, 2026-03-11, is in the future; today at the clinic is 2026-03-10."],
            Past(Today.AddDays(1), Today));

    [Property]
    public Property A_coming_date_is_refused_exactly_outside_1900_to_five_years_ahead() =>
        Prop.ForAll(AnyDate.ToArbitrary(), AnyToday.ToArbitrary(), (date, today) =>
            (Ahead(date, today).Count == 0) == (date >= new DateOnly(1900, 1, 1) && date <= today.AddYears(5))
            && Ahead(date, today).Count <= 1
            && PlausibleDates.IsPlausibleAhead(date, today) == (Ahead(date, today).Count == 0));

    [Property]
    public Property A_past_date_is_refused_exactly_outside_1900_to_today() =>
        Prop.ForAll(AnyDate.ToArbitrary(), AnyToday.ToArbitrary(), (date, today) =>
            (Past(date, today).Count == 0) == (date >= new DateOnly(1900, 1, 1) && date <= today)
            && PlausibleDates.IsPlausiblePast(date, today) == (Past(date, today).Count == 0));
}
