using Zongzhi.Data;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.Admin;

public sealed class CategoriesModel(ZongzhiDb db, ChangeReferenceList<DisputeCategory> change, FormAction forms) : ReferenceListPageModel<DisputeCategory>(db, change, forms)
{
    public override string Title => "纠纷类别";

    public override string? FlagLabel => null;

    public bool FlagDefault => false;

    protected override DisputeCategory Create(string name, bool flag) => new() { Name = name, Code = "custom-" + Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture)[..8] };

    protected override bool GetFlag(DisputeCategory item) => false;

    // Categories have no yes/no column.
    protected override void SetFlag(DisputeCategory item, bool flag)
    {
    }
}
