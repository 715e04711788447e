"""mx.util.np_array scopes: None kept as is, the state before restored on exit whatever the block set, no activation log on entering (set_np logs once)."""
import logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format='%(levelname)s %(message)s')
import mxnet as mx
U=mx.util
with U.np_array(None) as s: print('none', U.is_np_array(), type(s).__name__)
with U.np_array(False):
    U.set_np_array(True) if hasattr(U,'set_np_array') else None
    print('in', U.is_np_array())
print('after', U.is_np_array())
with U.np_array(True):
    print('in2', U.is_np_array())
print('after2', U.is_np_array())
print(U.use_np_array(lambda: U.is_np_array())())
with U.np_array(1): print('one', U.is_np_array())
U.set_np()
with U.np_array(False): print('off', U.is_np_array())
print(U.is_np_array())
U.reset_np()
print(U.is_np_array(), U.is_np_shape())
