"""Prints, as JSON, the behaviours of the cloudfront.Distribution call in a generated stack module: the default
behaviour then each additional one (path pattern in order), each as {keyword: source of its value}.
Test support; usage: python3 python-behaviors.py STACK_FILE"""
import ast
import json
import sys


def keywords(call):
    return {k.arg: ast.unparse(k.value) for k in call.keywords}


tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
distribution = next(
    node for node in ast.walk(tree)
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "cloudfront.Distribution"
)
found = {k.arg: k.value for k in distribution.keywords}
behaviors = [{"path_pattern": None, **keywords(found["default_behavior"])}]
extra = found.get("additional_behaviors")
if extra is not None:
    for key, value in zip(extra.keys, extra.values):
        behaviors.append({"path_pattern": ast.literal_eval(key), **keywords(value)})
print(json.dumps({"behaviors": behaviors, "distribution": {k: ast.unparse(v) for k, v in found.items() if k not in ("default_behavior", "additional_behaviors")}}))
