namespace Rehab.Core.Documentation;

/// <summary>A note with what it documents, for rules that read both.</summary>
public sealed record NoteWithContent(NoteSummary Summary, NoteContent Content);
