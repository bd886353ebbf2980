namespace Rehab.Core.Patients;

/// <summary>The order a patient's policies are billed in.</summary>
public enum PolicyPriority
{
    Primary,
    Secondary,
    Tertiary,
}
