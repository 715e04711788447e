# One image for every role of a distnet cluster; docker-compose.yml runs it as the scheduler,
# the servers and the workers, each told its role by DMLC_ROLE.
FROM python:3.11-slim
WORKDIR /distnet
COPY pyproject.toml README.md ./
COPY distnet/ distnet/
COPY server/ server/
COPY worker/ worker/
COPY launcher/ launcher/
RUN pip install --no-cache-dir .
# After the install, so that changing an example does not reinstall the dependencies.
COPY examples/ examples/
CMD ["python", "-m", "distnet.server"]
