"""The signature of every public npx function, as inspect shows it: the operators' generated keyword lists
(inputs defaulting to None, attributes to _Null), and the hand-written functions' own."""
import inspect
import mxnet as mx
from mxnet import npx

for name in sorted(dir(npx)):
    fn = getattr(npx, name)
    if name.startswith("_") or not callable(fn) or inspect.isclass(fn) or name in ("check_call", "classproperty",
                                                                                   "with_metaclass"):
        continue
    print(name, inspect.signature(fn))
