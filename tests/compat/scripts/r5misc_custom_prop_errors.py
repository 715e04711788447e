import contextlib
import io
import sys
import mxnet as mx

# a Prop method that raises: MXNet prints "Error in <op_type>.<method>:" and its traceback, then fails
for meth in ['infer_shape', 'infer_type', 'create_operator']:
    class P(mx.operator.CustomOpProp):
        pass

    def boom(self, *args):
        raise ValueError('no ' + meth)
    setattr(P, meth, boom)
    mx.operator.register('r5misc_pe_' + meth)(P)
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            mx.nd.Custom(mx.nd.ones(2), op_type='r5misc_pe_' + meth)
        print('created')
    except Exception as e:
        print(meth, type(e).__name__)
    lines = [l for l in printed.getvalue().splitlines() if l.strip()]
    print(lines[0] if lines else None, lines[-1] if lines else None)
