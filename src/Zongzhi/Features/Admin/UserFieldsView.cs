using Microsoft.AspNetCore.Mvc.Rendering;

namespace Zongzhi.Features.Admin;

/// <summary>What the shared user fields partial shows: the typed values and the choices.</summary>
public sealed record UserFieldsView(UserForm Form, IReadOnlyList<SelectListItem> Departments, IReadOnlyList<SelectListItem> Villages);
