using System.Globalization;
using Rehab.Core.Outcomes;

namespace Rehab.Web.Outcomes;

/// <summary>One score placed on the graph, in the SVG's own units.</summary>
public sealed record GraphPoint(double X, double Y, OutcomePoint Score);

/// <summary>
/// An instrument's scores over time as a small line graph for the chart: dates spaced as they fell, the instrument's
/// whole range top to bottom, and the MCID band around the intake score, so a move outside the band is clinically important.
/// </summary>
public sealed record OutcomeGraph(IReadOnlyList<GraphPoint> Points, double McidTop, double McidBottom, string MinLabel, string MaxLabel)
{
    public const double Width = 360, Height = 140, Left = 44, Right = 12, Top = 10, Bottom = 24;

    public string Polyline => string.Join(' ', Points.Select(p => $"{Num(p.X)},{Num(p.Y)}"));

    public static OutcomeGraph? For(InstrumentOutcome outcome)
    {
        if (OutcomeInstruments.Find(outcome.Instrument) is not { } instrument || outcome.Scores.Count == 0)
            return null;
        var first = outcome.Scores[0].DateOfService.DayNumber;
        var days = Math.Max(1, outcome.Scores[^1].DateOfService.DayNumber - first);
        double Y(decimal score) =>
            Top + (double)((instrument.MaxScore - Math.Clamp(score, instrument.MinScore, instrument.MaxScore)) / (instrument.MaxScore - instrument.MinScore)) * (Height - Top - Bottom);
        var points = outcome.Scores.Select(s => new GraphPoint(
            outcome.Scores.Count == 1 ? Left : Left + (s.DateOfService.DayNumber - first) * (Width - Left - Right) / days, Y(s.Score), s)).ToList();
        var intake = outcome.Scores[0].Score;
        return new OutcomeGraph(points, Y(intake + instrument.Mcid), Y(intake - instrument.Mcid),
            instrument.Format(instrument.MinScore), instrument.Format(instrument.MaxScore));
    }

    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
