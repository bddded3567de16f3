using Zongzhi.Data;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.Admin;

public sealed class VillagesModel(ZongzhiDb db, ChangeReferenceList<Village> change, FormAction forms) : ReferenceListPageModel<Village>(db, change, forms)
{
    public override string Title => "村(社区)";

    public override string? FlagLabel => "社区（否为村）";

    public bool FlagDefault => false;

    protected override Village Create(string name, bool flag) => new() { Name = name, IsCommunity = flag };

    protected override bool GetFlag(Village item) => item.IsCommunity;

    protected override void SetFlag(Village item, bool flag)
    {
        item.IsCommunity = flag;
    }
}
