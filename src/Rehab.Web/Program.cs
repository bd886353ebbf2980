using Rehab.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRehab();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseRehab();
await app.RunAsync();

/// <summary>The web host's entry point; public so tests can host it.</summary>
public partial class Program;
