using Scalar.AspNetCore;

namespace Rehab.Web.Hosting;

/// <summary>
/// The browsable API reference, served from this server only: no web fonts, AI chat, MCP, telemetry or buttons that
/// hand the API description to an outside service (a self-hosted record of patients makes no outside calls).
/// </summary>
public static class ApiReference
{
    public static void Configure(ScalarOptions o) => o
        .WithTitle("Rehab EMR API")
        .WithOpenApiRoutePattern("/openapi/{documentName}.json")
        .DisableDefaultFonts()
        .DisableAgent()
        .DisableMcp()
        .DisableTelemetry()
        .HideClientButton()
        .HideDeveloperTools();
}
