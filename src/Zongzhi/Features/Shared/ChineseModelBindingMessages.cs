using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Zongzhi.Features.Shared;

/// <summary>Model binding's own messages (a letter typed into a number field …) in Chinese, beside the field like the rest.</summary>
public sealed class ChineseModelBindingMessages : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”无效");
        messages.SetValueMustBeANumberAccessor(field => $"{field}必须是数字");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字");
        messages.SetValueMustNotBeNullAccessor(field => $"请填写{field}");
        messages.SetMissingBindRequiredValueAccessor(field => $"请填写{field}");
        messages.SetMissingKeyOrValueAccessor(() => "缺少必填的值");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
    }
}
