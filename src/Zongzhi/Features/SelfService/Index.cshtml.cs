using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// The public status page (一案一码, 信访工作条例第二十一条): number + query code from the receipt → the stages, the
/// handling unit, the deadline and the reply; once closed, the rating form. No account, no script, made for a phone.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PublicLookup lookup, PublicMatterStatus status, RateMatter rate) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "n")]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public Satisfaction? Rating { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public PublicMatterView? View { get; private set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public void OnGet()
    {
        // The receipt's code links here with its number (n=…); anything else in the address is not put back in the box
        // (issue 7: no personal data in addresses, nor an invitation to type it there).
        var number = Number?.Trim().ToUpperInvariant();
        Number = MatterNumber.IsNumberOrPrefix(number) ? number : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            ModelState.AddModelError(nameof(Number), "请输入回执上的事项编号");
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "请输入回执上的查询码");
        }

        if (ModelState.ErrorCount > 0 || Number!.Length > 32 || Code!.Length > 64)
        {
            Error ??= ModelState.ErrorCount > 0 ? null : SelfServiceApi.NotFoundMessage;
            return Page();
        }

        switch (await lookup.RunAsync(Number, Code, SelfServiceApi.ClientAddress(HttpContext), cancellationToken))
        {
            case PublicLookup.Found found:
                View = found.View;
                Token = found.Token;
                break;
            case PublicLookup.Throttled:
                Error = SelfServiceApi.ThrottledMessage;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                break;
            default:
                Error = SelfServiceApi.NotFoundMessage;
                break;
        }

        Code = null; // never echo the code back into the page
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken cancellationToken)
    {
        var ticket = await lookup.ReadTokenAsync(Token, cancellationToken);
        if (ticket is null)
        {
            Error = "查询已过期或查询码已更换，请重新输入查询码";
            Token = null;
            return Page();
        }

        var result = await rate.RunAsync(ticket, Rating, Comment, SelfServiceApi.ClientAddress(HttpContext), cancellationToken);
        View = await status.LoadAsync(ticket.MatterId, cancellationToken);
        Number = View?.Number;
        if (result.IsSuccess)
        {
            Notice = "评价已提交，感谢您的反馈。";
            Comment = null;
        }
        else if (result.Error is ValidationError field)
        {
            ModelState.AddModelError(field.Field == "rating" ? nameof(Rating) : nameof(Comment), field.Message);
        }
        else
        {
            Error = result.Error!.Message;
        }

        return Page();
    }
}
