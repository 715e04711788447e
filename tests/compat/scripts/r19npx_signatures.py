"""The signature of every public npx, npx.image and npx.random function, as inspect shows it: the operators'
generated keyword lists (inputs defaulting to None, attributes to _Null), and the hand-written functions' own."""
import inspect
import mxnet as mx
from mxnet import npx

for module in [npx, npx.image, npx.random]:
    for name in sorted(dir(module)):
        fn = getattr(module, name)
        if name.startswith("_") or not callable(fn) or inspect.isclass(fn) or name in ("check_call", "classproperty",
                                                                                       "with_metaclass"):
            continue
        print(module.__name__.split(".")[-1], name, inspect.signature(fn))
