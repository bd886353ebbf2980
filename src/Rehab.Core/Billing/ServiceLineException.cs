namespace Rehab.Core.Billing;

/// <summary>A line units cannot be calculated for: <see cref="Line"/> is its 0-based position, <see cref="Field"/> "code" or "minutes".</summary>
public sealed class ServiceLineException(int line, string field, string message) : Exception(message)
{
    public int Line { get; } = line;

    public string Field { get; } = field;
}
