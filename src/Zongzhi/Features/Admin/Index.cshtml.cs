namespace Zongzhi.Features.Admin;

public sealed class IndexModel : AdminPageModel
{
    public void OnGet()
    {
    }
}
