"""Reads generated CDK Python apps with Python's own parser and prints, as JSON, their statements in a plain form
(see python-graph.ts, which turns it into the construct graph): per app directory, the imports, every stack class
(keyword-only parameters and the statements of __init__) and the statements of app.py.
Test support; usage: python3 python-graph.py APP_DIR..."""
import ast
import json
import os
import sys


def node(value):
    if isinstance(value, ast.Constant):
        if isinstance(value.value, bool):
            return {"bool": value.value}
        if isinstance(value.value, (int, float)):
            return {"num": value.value}
        if isinstance(value.value, str):
            return {"str": value.value}
        raise ValueError(f"unexpected constant {value.value!r}")
    if isinstance(value, ast.Name):
        return {"name": value.id}
    if isinstance(value, ast.Attribute):
        inner = node(value.value)
        if "name" in inner:
            return {"attr": [inner["name"], value.attr]}
        if "attr" in inner:
            return {"attr": inner["attr"] + [value.attr]}
        return {"attr_of": inner, "name": value.attr}
    if isinstance(value, ast.Call):
        if any(isinstance(arg, ast.Starred) for arg in value.args) or any(k.arg is None for k in value.keywords):
            raise ValueError("unexpected *args or **kwargs in a call")
        return {
            "call": node(value.func),
            "args": [node(arg) for arg in value.args],
            "kwargs": [[k.arg, node(k.value)] for k in value.keywords],
        }
    if isinstance(value, ast.List):
        return {"list": [node(item) for item in value.elts]}
    if isinstance(value, ast.Dict):
        return {"dict": [[node(k), node(v)] for k, v in zip(value.keys, value.values)]}
    raise ValueError(f"unexpected {ast.dump(value)}")


def target_of(statement):
    if isinstance(statement, ast.Expr):
        return None
    (target,) = statement.targets
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
        return f"self.{target.attr}"
    raise ValueError(f"unexpected target {ast.dump(target)}")


def statements(body):
    out = []
    for statement in body:
        if isinstance(statement, (ast.Import, ast.ImportFrom, ast.ClassDef)):
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # a docstring
        if not isinstance(statement, (ast.Assign, ast.Expr)):
            raise ValueError(f"unexpected statement {ast.dump(statement)}")
        if isinstance(statement, ast.Expr) and ast.unparse(statement.value).startswith("super().__init__"):
            continue
        if ast.unparse(statement) in ("app.synth()", "app = cdk.App()"):
            continue
        out.append({"target": target_of(statement), "value": node(statement.value)})
    return out


def imports(tree):
    found = {}
    for statement in tree.body:
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                found[alias.asname or alias.name] = alias.name
        elif isinstance(statement, ast.ImportFrom):
            for alias in statement.names:
                found[alias.asname or alias.name] = f"{statement.module}.{alias.name}"
    return found


def stack_classes(tree):
    classes = []
    for statement in tree.body:
        if not isinstance(statement, ast.ClassDef):
            continue
        init = next(item for item in statement.body if isinstance(item, ast.FunctionDef) and item.name == "__init__")
        classes.append({
            "name": statement.name,
            "bases": [ast.unparse(base) for base in statement.bases],
            "parameters": [arg.arg for arg in init.args.kwonlyargs],
            "body": statements(init.body),
        })
    return classes


def read_app(app_dir):
    app = ast.parse(open(os.path.join(app_dir, "app.py"), encoding="utf-8").read())
    app_imports = imports(app)
    # The module app.py imports the stack classes from (the one import that is neither os nor aws_cdk).
    local = next(value for value in app_imports.values() if value != "os" and not value.startswith("aws_cdk"))
    path = os.path.join(app_dir, *local.split(".")[:-1]) + ".py"
    stacks = ast.parse(open(path, encoding="utf-8").read())
    return {
        "imports": imports(stacks),
        "appImports": app_imports,
        "classes": stack_classes(stacks),
        "entry": statements(app.body),
    }


print(json.dumps({app_dir: read_app(app_dir) for app_dir in sys.argv[1:]}))
