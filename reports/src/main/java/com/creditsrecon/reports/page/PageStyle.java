package com.creditsrecon.reports.page;

/**
 * The page's inline style and script: nothing is loaded from anywhere, no font, no
 * library.
 */
final class PageStyle {

	private static final String DOCUMENT = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			""";

	private static final String STYLE = """
			<style>
			body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#1a1a1a;background:#fafafa;font-size:15px;line-height:1.4}
			header{background:#0b3d62;color:#fff;padding:12px 20px;position:sticky;top:0;z-index:1}
			header h1{margin:0 0 6px;font-size:1.3em}
			nav a{color:#cfe6ff;margin-right:12px;text-decoration:none;white-space:nowrap}
			nav a:hover{text-decoration:underline}
			main{padding:8px 20px 40px;max-width:1400px}
			section{margin-top:24px;scroll-margin-top:96px}
			h2{border-bottom:2px solid #0b3d62;padding-bottom:4px;font-size:1.25em}
			h3{font-size:1.08em;margin:18px 0 6px}
			h4{margin:12px 0 4px;font-size:1em}
			.scroll{overflow-x:auto;max-width:100%}
			table{border-collapse:collapse;background:#fff;margin:6px 0 12px;font-size:.92em}
			th,td{border:1px solid #d6d6d6;padding:4px 8px;text-align:left;white-space:nowrap}
			th{background:#e8eef4;cursor:pointer;user-select:none;position:relative;padding-right:18px}
			th::after{content:"\\2195";position:absolute;right:4px;color:#8a9aa8;font-size:.8em}
			th[data-dir=asc]::after{content:"\\25B2";color:#0b3d62}
			th[data-dir=desc]::after{content:"\\25BC";color:#0b3d62}
			tbody tr:nth-child(even){background:#f5f7f9}
			td.num{text-align:right;font-variant-numeric:tabular-nums}
			section.compare th{white-space:normal;vertical-align:bottom}
			section.compare th:first-child,section.compare td:first-child{position:sticky;left:0;box-shadow:1px 0 0 #d6d6d6}
			section.compare td:first-child{background:#fff;white-space:normal;min-width:8em}
			section.compare tbody tr:nth-child(even) td:first-child{background:#f5f7f9}
			dl.facts{display:grid;grid-template-columns:max-content auto;gap:4px 16px}
			dl.facts dt{font-weight:600}
			dl.facts dd{margin:0}
			.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,600px),1fr));gap:12px}
			figure{margin:0;background:#fff;border:1px solid #d6d6d6;padding:8px;max-width:960px}
			figure img{max-width:100%;height:auto;display:block}
			figcaption{color:#555;font-size:.85em;margin-top:4px}
			article.partner,article.scenario{border-left:4px solid #0b3d62;padding-left:12px;margin:18px 0}
			details summary{cursor:pointer;font-weight:600;margin:8px 0}
			@media (max-width:600px){main{padding:4px 10px 30px}header{position:static}body{font-size:14px}table{font-size:13px}th,td{white-space:normal;padding:3px 5px}td.num{white-space:nowrap}th{padding-right:14px}}
			</style>
			</head>
			<body>
			""";

	static final String SCRIPT = """
			<script>
			document.querySelectorAll("table.sortable th").forEach(function (th) {
			  th.addEventListener("click", function () {
			    var table = th.closest("table"), body = table.tBodies[0];
			    var column = Array.prototype.indexOf.call(th.parentNode.children, th);
			    var ascending = th.getAttribute("data-dir") !== "asc";
			    th.parentNode.querySelectorAll("th").forEach(function (h) { h.removeAttribute("data-dir"); });
			    th.setAttribute("data-dir", ascending ? "asc" : "desc");
			    var key = function (row) {
			      var cell = row.cells[column];
			      if (!cell) { return ""; }
			      var v = cell.getAttribute("data-v");
			      return v === null ? cell.textContent : parseFloat(v);
			    };
			    var rows = Array.prototype.slice.call(body.rows);
			    rows.sort(function (a, b) {
			      var x = key(a), y = key(b);
			      var order = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
			      return ascending ? order : -order;
			    });
			    rows.forEach(function (row) { body.appendChild(row); });
			  });
			});
			</script>
			""";

	private PageStyle() {
	}

	/** Everything up to {@code <body>}, with the page's title. */
	static String head(String title) {
		return DOCUMENT + "<title>" + Html.escape(title) + "</title>\n" + STYLE;
	}

}
