namespace Rehab.Core.Cases;

/// <summary>Where an episode of care stands. A discharged case takes no new notes; a returning patient gets a new case.</summary>
public enum CaseStatus
{
    Active,
    Discharged,
}
