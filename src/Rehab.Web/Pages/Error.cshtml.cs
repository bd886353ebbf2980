using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rehab.Web.Pages;

/// <summary>The page people see for a missing page, a refused request or a failure on our side.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Status { get; set; }

    public string Title => Status switch
    {
        404 => "Page not found",
        403 => "Not allowed",
        400 or 413 => "The request could not be read",
        409 => "Saved by someone else at the same moment",
        429 => "Too many sign-in attempts",
        _ => "Something went wrong",
    };

    public string Explanation => Status switch
    {
        404 => "There is no page at this address, or it shows something you may not see.",
        403 => "Your account does not have the permission this page needs. Ask your company administrator.",
        400 or 413 => "The form or link sent something this page cannot use. Go back and try again.",
        409 => "Another record with the same name was saved just before yours, so yours was not saved. Go back, change it and try again.",
        429 => "Too many sign-in attempts came from your network in a short time. Wait a minute, then sign in again.",
        _ => "The error was logged. Nothing you sent was saved in part.",
    };

    public void OnGet() => Status ??= HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : 500;

    public void OnPost() => OnGet();
}
