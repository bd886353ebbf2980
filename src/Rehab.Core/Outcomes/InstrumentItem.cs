namespace Rehab.Core.Outcomes;

/// <summary>
/// One item of an instrument, named by its number and topic in our own words (the questionnaires' wording is the
/// authors'). An optional item may be left out without making the survey incomplete.
/// </summary>
public sealed record InstrumentItem(int Number, string Topic, bool Required = true);
