using Rehab.Core.Common;

namespace Rehab.Core.Training;

/// <summary>What an admin enters for a course; <see cref="Validate"/> names every field that breaks a rule.</summary>
public sealed record CourseDetails(string? Title, string? Link, bool IsRequired = true, int? DueWithinDays = 30)
{
    public const int TitleMaxLength = 200;
    public const int LinkMaxLength = 500;
    public const int MinDueWithinDays = 1;
    public const int MaxDueWithinDays = 365;

    /// <summary>Checks the course; <paramref name="prefix"/> is put before field names when the course is part of a larger request.</summary>
    public ValidationErrors Validate(string prefix = "") => Validate(new ValidationErrors(), prefix);

    internal ValidationErrors Validate(ValidationErrors errors, string prefix)
    {
        errors.Required(prefix + "title", Title, "Course title", TitleMaxLength);
        if (string.IsNullOrWhiteSpace(Link))
            errors.Add(prefix + "link", "Course link is required.");
        else if (!IsWebLink(Link))
            errors.Add(prefix + "link", "Course link must be a full web address starting with http:// or https://.");
        else
            errors.MaxLength(prefix + "link", Link.Trim(), "Course link", LinkMaxLength);
        if (DueWithinDays is not (>= MinDueWithinDays and <= MaxDueWithinDays))
            errors.Add(prefix + "dueWithinDays", $"Due within must be a number of days from {MinDueWithinDays} to {MaxDueWithinDays}.");
        return errors;
    }

    public static bool IsWebLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    public string TrimmedTitle => Title!.Trim();
    public string TrimmedLink => Link!.Trim();
}
