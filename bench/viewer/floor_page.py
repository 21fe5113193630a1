#!/usr/bin/env python3
"""The "page floor" of the benchmark: our dataset page with its chrome only.

    python3 floor_page.py DATASET_PAGE.html OUT.html

Keeps the page's head (its stylesheet, not its viewer), header, navigation,
search box, breadcrumbs, the dataset's title block and the footer; drops
the dataset's sections and every script and preload. Its first paint is
the least any page of the portal needs in the same cold browser: what the
site's chrome costs before a dataset's content adds to it.
"""
import re
import sys

src, out = sys.argv[1], sys.argv[2]
html = open(src, encoding="utf-8").read()
head_end = html.index("</header>", html.index("<header class=kf-dataset__head>")) + len("</header>")
article_end = html.index("</article>")
page = html[:head_end] + html[article_end:]
page = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
page = re.sub(r"<link[^>]*rel=(?:modulepreload|preload)[^>]*>", "", page)
assert "<h1>" in page and "kf-footer" in page and "<script" not in page and "kf-viewer" not in page
open(out, "w", encoding="utf-8").write(page)
