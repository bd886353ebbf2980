namespace Rehab.Core.Settings;

public enum FindingSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>A settings problem the review shows: what it concerns, what is wrong and how to fix it.</summary>
public sealed record SettingsFinding(FindingSeverity Severity, string Subject, string Message, string HowToFix);
