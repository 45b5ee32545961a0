# Fails when a source string has no finished translation in TS_FILE.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
configure_file(${TS_FILE} ${WORK_DIR}/${name} COPYONLY)
string(REPLACE "|" ";" dirs "${SOURCE_DIRS}")
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${dirs} -ts ${WORK_DIR}/${name}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
execute_process(COMMAND ${LRELEASE} ${WORK_DIR}/${name} -qm ${WORK_DIR}/check.qm
    OUTPUT_VARIABLE out RESULT_VARIABLE rc)
message(STATUS "${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES " 0 unfinished" OR out MATCHES "untranslated")
    message(FATAL_ERROR "${name} has unfinished translations: run the update_translations target and translate them")
endif()
