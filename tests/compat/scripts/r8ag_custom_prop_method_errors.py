"""A CustomOpProp method that raises (list_arguments, list_outputs, list_auxiliary_states,
declare_backward_dependency, infer_type) fails as MXNet fails it: the traceback printed under
"Error in <op_type>.<method>:" and an MXNetError, from nd.Custom and from sym.Custom."""
import contextlib
import io

import mxnet as mx
from mxnet import nd


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)


def failing(self, *args):
    raise RuntimeError("boom")


for number, method in enumerate(("list_arguments", "list_outputs", "list_auxiliary_states",
                                  "declare_backward_dependency", "infer_type")):
    name = f"r8ag_bad{number}"

    @mx.operator.register(name)
    class FailingProp(mx.operator.CustomOpProp):
        def create_operator(self, ctx, shapes, dtypes):
            return Double()

    setattr(FailingProp, method, failing)
    for front in ("nd", "sym"):
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                if front == "nd":
                    nd.Custom(nd.ones(2), op_type=name).asnumpy()
                else:
                    mx.sym.Custom(mx.sym.var("d"), op_type=name, name="c").infer_type(d="float32")
            outcome = "no error"
        except mx.base.MXNetError:
            outcome = "MXNetError"
        except Exception as e:
            outcome = type(e).__name__
        print(method, front, outcome, "|", printed.getvalue().split(": Traceback")[0])
