using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zongzhi.Features.Accounts;

/// <summary>Logout is a POST (with the antiforgery token); a GET only shows the button.</summary>
[AllowAnonymous]
public sealed class LogoutModel(EndSession endSession) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await endSession.RunAsync(User);
        }

        return RedirectToPage("Login");
    }
}
