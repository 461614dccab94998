# Documents outside any project: no .mee.yaml and no git work tree above.
exec bash "$MEE_E2E_DIR/outside_project.sh"
