"""The optimizers SVRGModule uses: the user's optimizer for parameters, an assignment for full gradients."""
from ... import optimizer as _opt


@_opt.register
class _AssignmentOptimizer(_opt.Optimizer):
    """Replaces the weight with the gradient (stores the ``<name>_full`` gradients in a kvstore)."""

    def update(self, index, weight, grad, state):
        weight[:] = grad


@_opt.register
class _SVRGOptimizer(_opt.Optimizer):
    """Dispatches ``<name>_full`` keys to an assignment and every other key to ``default_optimizer``."""

    _BASE_PARAMS = ("rescale_grad", "param_idx2name", "wd", "clip_gradient", "learning_rate", "lr_scheduler",
                    "sym", "begin_num_update", "multi_precision", "param_dict")

    def __init__(self, default_optimizer, **kwargs):
        super().__init__(**self._check_params(**kwargs))
        if isinstance(default_optimizer, str):
            self.default_opt = _opt.create(default_optimizer, **kwargs)
        else:
            self.default_opt = default_optimizer
        self.aux_opt = _opt.create(_AssignmentOptimizer.__name__)

    @staticmethod
    def _check_params(**kwargs):
        """The arguments the base Optimizer takes."""
        return {k: v for k, v in kwargs.items() if k in _SVRGOptimizer._BASE_PARAMS}

    def update(self, index, weight, grad, state):
        target = self.aux_opt if "full" in self._check_index(index) else self.default_opt
        target.update(index, weight, grad, state)

    def create_state(self, index, weight):
        target = self.aux_opt if "full" in self._check_index(index) else self.default_opt
        return target.create_state(index, weight)

    def _check_index(self, index):
        """The parameter name of ``index`` (a name is its own)."""
        return index if index in self.idx2name.values() else self.idx2name[index]
