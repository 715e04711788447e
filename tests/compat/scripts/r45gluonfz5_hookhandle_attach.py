"""gluon.utils.HookHandle.attach takes its dict as hooks_dict (by keyword too), refuses a second attach, and detach removes the hook, as MXNet's does."""
from collections import OrderedDict
import inspect
import mxnet as mx
from mxnet.gluon.utils import HookHandle

print(inspect.signature(HookHandle.attach))
hooks = OrderedDict()
h = HookHandle()
h.attach(hooks_dict=hooks, hook=print)
print(list(hooks.values()))
try:
    h.attach(hooks, len)
except AssertionError as e:
    print('AssertionError', e)
h.detach()
print(list(hooks.values()))
