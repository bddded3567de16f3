using QRCoder;

namespace Zongzhi.Features.SelfService;

/// <summary>The receipt's QR code (SVG, drawn on the server): it opens the public status page with the matter number filled in.</summary>
public static class QueryQr
{
    public static string Svg(string link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
