// 打印按钮：data-print 的按钮调用浏览器打印（回执、交办单等打印页共用）。
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});
