#!/usr/bin/env python3
"""Checks mee's HTML reports with a real HTML parser (html.parser): the
structure a report must have, and that no active content reaches the page
whatever the documents say.

usage: render_html_check.py FILE.html [--expect plan|eindverslag|initiatief|index] [--kaart] [--absent TEXT]... [--present TEXT]...
Exits 1 with one line per problem."""

import argparse
import re
import sys
from html.parser import HTMLParser

# Elements that can run, load or embed something, or change where links go.
FORBIDDEN_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "form",
                  "input", "button", "textarea", "select", "foreignobject", "use", "image", "animate", "set",
                  "handler", "listener", "portal", "noscript", "template", "audio", "video", "source", "track",
                  "math", "details", "dialog"}
URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction", "data", "poster", "background", "srcset",
                  "ping", "cite", "longdesc", "codebase", "manifest", "lowsrc", "dynsrc"}
KAART = re.compile(r"^data:image/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$")
ALLOWED_META = {("charset",), ("http-equiv", "content"), ("name", "content")}
PLAN_PARTS = ["opgave", "doelen", "omgevingsanalyse", "kaders", "betrokkenheidsniveau", "werkvormen", "planning",
              "communicatie", "capaciteit"]


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.sections = []      # ids of <section>
        self.svgs = []          # class of each <svg>
        self.imgs = []          # src of each <img>
        self.styles = 0
        self.style_text = ""
        self.text = []          # visible text
        self.in_style = False
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.check(tag, attrs)
        if tag == "section":
            self.sections.append(dict(attrs).get("id", ""))
        if tag == "svg":
            self.svgs.append(dict(attrs).get("class", ""))
        if tag == "img":
            self.imgs.append(dict(attrs).get("src", ""))
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))
        if tag == "style":
            self.styles += 1
            self.in_style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.style_text += data
        else:
            self.text.append(data)

    def handle_comment(self, data):
        self.problems.append(f"a comment in the page: <!--{data[:40]}-->")

    def handle_pi(self, data):
        self.problems.append(f"a processing instruction: {data[:40]}")

    def unknown_decl(self, data):
        self.problems.append(f"a declaration: {data[:40]}")

    def check(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"forbidden element <{tag}>")
        names = tuple(sorted(n for n, _ in attrs))
        if tag == "meta":
            kinds = {n for n, _ in attrs}
            if not any(set(k) == kinds for k in ALLOWED_META):
                self.problems.append(f"unexpected <meta {names}>")
            d = dict(attrs)
            if d.get("http-equiv", "").lower() not in ("", "content-security-policy"):
                self.problems.append(f"<meta http-equiv={d.get('http-equiv')}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"event attribute {name} on <{tag}>")
            if name == "style":
                self.problems.append(f"style attribute on <{tag}>")
            if name in ("srcdoc", "formaction"):
                self.problems.append(f"attribute {name} on <{tag}>")
            if name in URL_ATTRIBUTES:
                v = re.sub(r"[\x00-\x20]", "", value).lower()
                if tag == "img" and name == "src":
                    if not KAART.match(value):
                        self.problems.append(f"<img src> that is not an embedded kaart: {value[:60]}")
                elif v.startswith(("javascript:", "vbscript:", "data:", "file:")):
                    self.problems.append(f"{name}={value[:60]} on <{tag}>")
                elif tag == "a" and name == "href" and not (v.startswith(("https://", "http://", "#")) or
                                                           re.match(r"^[a-z0-9][a-z0-9._-]*\.(html|md)$", v)):
                    self.problems.append(f"unexpected link target {value[:60]}")
                elif tag != "a":
                    self.problems.append(f"{name} on <{tag}>")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--expect", choices=["plan", "eindverslag", "initiatief", "index"])
    ap.add_argument("--kaart", action="store_true", help="the page must embed one kaart image")
    ap.add_argument("--absent", action="append", default=[], help="text that must not be in the page at all")
    ap.add_argument("--present", action="append", default=[], help="text that must be in the visible text")
    args = ap.parse_args()
    source = open(args.file, encoding="utf-8").read()
    page = Page()
    page.feed(source)
    page.close()
    problems = list(page.problems)
    text = "".join(page.text)

    if not source.startswith("<!DOCTYPE html>"):
        problems.append("no <!DOCTYPE html>")
    if page.styles != 1:
        problems.append(f"{page.styles} <style> elements, not 1")
    css = page.style_text.lower()
    for bad in ("url(", "@import", "expression(", "@font-face", "javascript:"):
        if bad in css:
            problems.append(f"the stylesheet contains {bad}")
    if "@media print" not in css or "break-before: page" not in css:
        problems.append("no print rules with page breaks in the stylesheet")
    if "default-src 'none'" not in source:
        problems.append("no Content-Security-Policy")

    if args.expect == "plan":
        parts = [s for s in page.sections if s in PLAN_PARTS]
        if parts != PLAN_PARTS:
            problems.append(f"the nine parts are not all there in order: {parts}")
        for needed in ("stap-1", "compleetheid", "aandachtspunten"):
            if needed not in page.sections:
                problems.append(f"no section {needed}")
        if page.sections.index("stap-1") > page.sections.index("opgave"):
            problems.append("the go/no-go outcome is not at the top")
        classes = " ".join(page.svgs)
        if len(page.svgs) != 2 or "matrix" not in classes or "timeline" not in classes:
            problems.append(f"expected the matrix and the timeline SVG, found {page.svgs}")
    elif args.expect == "eindverslag":
        for needed in ("proces", "inbreng", "doelen", "compleetheid", "aandachtspunten"):
            if needed not in page.sections:
                problems.append(f"no section {needed}")
    elif args.expect == "initiatief":
        for needed in ("idee", "intake", "beoordeling", "besluit"):
            if needed not in page.sections:
                problems.append(f"no section {needed}")
    elif args.expect == "index":
        if not page.links:
            problems.append("the index links to no report")

    if args.kaart and len(page.imgs) != 1:
        problems.append(f"expected one embedded kaart, found {len(page.imgs)} images")
    if not args.kaart and page.imgs:
        problems.append(f"unexpected images: {[i[:40] for i in page.imgs]}")
    for t in args.absent:
        if t.lower() in source.lower():
            problems.append(f"'{t}' is in the page")
    for t in args.present:
        if t not in text:
            problems.append(f"'{t}' is not in the page's text")

    for p in problems:
        print(f"{args.file}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
