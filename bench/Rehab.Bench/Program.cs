using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point: `dotnet run -c Release --project bench/Rehab.Bench -- --filter '*'`.</summary>
public partial class Program;
