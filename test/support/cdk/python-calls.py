"""Reads Python files and prints, as JSON, what a jsii name check needs: imports, classes, calls (callee,
positional count, keyword names), attribute chains and which variable holds which constructor's result.
Test support for the generated CDK Python app; usage: python3 python-calls.py FILE..."""
import ast
import json
import sys


def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def read(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), filename=path)
    out = {"imports": {}, "classes": {}, "calls": [], "attributes": [], "variables": {}}
    callees = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                out["imports"][alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                out["imports"][alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.ClassDef):
            params = []
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [arg.arg for arg in item.args.args[1:] + item.args.kwonlyargs]
            out["classes"][node.name] = {"bases": [dotted(base) for base in node.bases], "init_params": params}
        elif isinstance(node, ast.Call):
            callees.add(id(node.func))
            out["calls"].append({
                "callee": dotted(node.func),
                "positional": len(node.args),
                "keywords": [k.arg for k in node.keywords if k.arg is not None],
                "line": node.lineno,
            })
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            for target in node.targets:
                name = dotted(target)
                callee = dotted(node.value.func)
                if name and callee:
                    out["variables"][name] = callee
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in callees:
            out["attributes"].append({"dotted": dotted(node), "line": node.lineno})
    return out


print(json.dumps({path: read(path) for path in sys.argv[1:]}))
