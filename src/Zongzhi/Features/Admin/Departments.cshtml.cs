using Zongzhi.Data;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.Admin;

public sealed class DepartmentsModel(ZongzhiDb db, ChangeReferenceList<Department> change, FormAction forms) : ReferenceListPageModel<Department>(db, change, forms)
{
    public override string Title => "部门";

    public override string? FlagLabel => "中心部门（否为中心以外单位）";

    public bool FlagDefault => true;

    protected override Department Create(string name, bool flag) => new() { Name = name, IsCenterDepartment = flag };

    protected override bool GetFlag(Department item) => item.IsCenterDepartment;

    protected override void SetFlag(Department item, bool flag)
    {
        item.IsCenterDepartment = flag;
    }
}
